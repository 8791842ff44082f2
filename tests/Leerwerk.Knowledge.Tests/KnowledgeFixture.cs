namespace Leerwerk.Knowledge.Tests;

/// <summary>One knowledge base over the real lessons, shared by the tests that only read from it.</summary>
public sealed class KnowledgeFixture : IDisposable
{
    public KnowledgeBase Knowledge { get; } = KnowledgeBase.Load(KnowledgeFolder.Path);

    public void Dispose() => Knowledge.Dispose();
}

[CollectionDefinition(Name)]
public sealed class KnowledgeCollection : ICollectionFixture<KnowledgeFixture>
{
    public const string Name = "knowledge";
}
