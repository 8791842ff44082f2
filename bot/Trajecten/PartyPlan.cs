namespace Leerwerk.Bot.Trajecten;

internal sealed record PartyPlan(string Role, string? Name, string? Expectation, decimal? Cost);
