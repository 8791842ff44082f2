namespace Leerwerk.Bot.CheckIns;

internal static class CheckInIds
{
    /// <summary>The full check-in questionnaire.</summary>
    public const string Full = "checkin";

    /// <summary>What a one-line quick log leaves open, asked before it is saved.</summary>
    public const string Quick = "checkin-kort";
}
