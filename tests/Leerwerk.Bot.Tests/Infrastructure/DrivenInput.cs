namespace Leerwerk.Bot.Tests.Infrastructure;

/// <summary>Standard input whose next line is decided when it is read: a user who reads before typing.</summary>
public sealed class DrivenInput(Func<Task<string?>> next) : TextReader
{
    public override string? ReadLine() => next().GetAwaiter().GetResult();

    public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => new(next());

    public override Task<string?> ReadLineAsync() => next();
}
