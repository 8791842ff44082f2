using Leerwerk.Bench.Load.Running;

namespace Leerwerk.Bench.Turns;

/// <summary>The bot's memory right after start, and with many intakes left in progress.</summary>
internal sealed record InProgressMemory(ProcessMemory? Idle, ProcessMemory? After, LoadResult Result);
