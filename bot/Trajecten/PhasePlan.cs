namespace Leerwerk.Bot.Trajecten;

internal sealed record PhasePlan(string Phase, decimal Months);
