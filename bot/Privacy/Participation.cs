using Leerwerk.Store.CheckIns;
using Leerwerk.Store.Trajecten;

namespace Leerwerk.Bot.Privacy;

/// <summary>A person's place in one traject, with the jobcoach's check-ins about them (notes decrypted).</summary>
internal sealed record Participation(TrajectParticipant Participant, string TrajectName, DateOnly? TrajectEnd, IReadOnlyList<CheckIn> CheckIns);
