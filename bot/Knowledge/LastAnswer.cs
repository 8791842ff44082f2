namespace Leerwerk.Bot.Knowledge;

/// <summary>The last answer from the reports in a conversation, so `nuttig` / `niet nuttig` rates it.</summary>
internal sealed record LastAnswer(string Question, IReadOnlyList<string> HitIds);
