namespace Leerwerk.Bench.Load.Protocol;

/// <summary>What a user sends: typed text, or a card submit (the choice's value and the card's token).</summary>
internal sealed record Outgoing(string? Text, string? CardValue = null, string? CardToken = null)
{
    public static Outgoing Typed(string text) => new(text);

    public static Outgoing Submit(string value, string token) => new(null, value, token);

    public override string ToString() => Text ?? $"[card {CardValue}]";
}
