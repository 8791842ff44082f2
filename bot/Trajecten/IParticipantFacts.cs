using Leerwerk.Store.Trajecten;

namespace Leerwerk.Bot.Trajecten;

/// <summary>A line another feature adds about a participant in the traject overview (the last check-in).</summary>
internal interface IParticipantFacts
{
    Task<string> DescribeAsync(Traject traject, TrajectParticipant participant, CancellationToken cancellationToken);
}
