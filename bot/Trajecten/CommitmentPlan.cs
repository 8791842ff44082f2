namespace Leerwerk.Bot.Trajecten;

internal sealed record CommitmentPlan(string Topic, string PartyRole, string What, DateOnly? Start, DateOnly? Due, decimal? Cost);
