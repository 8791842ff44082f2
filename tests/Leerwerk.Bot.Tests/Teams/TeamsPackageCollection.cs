namespace Leerwerk.Bot.Tests.Teams;

/// <summary>The Teams test classes share one <see cref="TeamsPackageFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class TeamsPackageCollection : ICollectionFixture<TeamsPackageFixture>
{
    public const string Name = "Teams package";
}
