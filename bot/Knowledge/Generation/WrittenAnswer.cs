namespace Leerwerk.Bot.Knowledge.Generation;

/// <summary>A model-written answer and the lesson ids it cites, already checked against the hits it was given.</summary>
internal sealed record WrittenAnswer(string Text, IReadOnlyList<string> CitedIds);
