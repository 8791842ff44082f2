namespace Leerwerk.Bench.Load.Protocol;

/// <summary>An Adaptive Card with a choice set: the question's text lines, the values to choose from and the submit's token.</summary>
internal sealed record CardQuestion(string Text, IReadOnlyList<string> Values, bool MultiSelect, string Token);
