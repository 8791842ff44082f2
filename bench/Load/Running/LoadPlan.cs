using Leerwerk.Bench.Load.Scripts;

namespace Leerwerk.Bench.Load.Running;

/// <summary>
/// <paramref name="Users"/> users in a closed loop against <paramref name="Bot"/> for a warm-up, then a
/// measured window. <paramref name="Run"/> keeps conversation ids of different runs apart; with
/// <paramref name="BotPid"/> (a bot on this machine) the bot's CPU time in the window is measured too.
/// <paramref name="Stagger"/>: user i of n leaves its first intake after i × Stagger / n turns (see VirtualUser).
/// </summary>
internal sealed record LoadPlan(Uri Bot, int Users, TimeSpan WarmUp, TimeSpan Measured, Func<IUserScript> Script, string Run, int FirstUser = 1, int? BotPid = null, int Stagger = 0);
