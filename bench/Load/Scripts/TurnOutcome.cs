namespace Leerwerk.Bench.Load.Scripts;

/// <summary>How one turn went, from the user's side.</summary>
internal enum TurnOutcome
{
    /// <summary>The bot answered and moved on.</summary>
    Ok,

    /// <summary>The bot answered and the script reached its goal (an intake completed).</summary>
    Completed,

    /// <summary>The bot did not understand the answer and asked again: a turn, but no progress.</summary>
    Retry,

    /// <summary>An HTTP error, a timeout, the bot's "something went wrong", "slow down", or a reply the script cannot place.</summary>
    Error,
}
