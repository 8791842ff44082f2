namespace Leerwerk.Bot.Trajecten;

/// <summary>Something missing or risky in the agreements, why it matters, and the lesson behind it.</summary>
internal sealed record Gap(string Label, string NextStep, string? Theme, string? Lesson);
