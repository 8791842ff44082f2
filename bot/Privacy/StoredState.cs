namespace Leerwerk.Bot.Privacy;

/// <summary>
/// One item of bot state that holds something of the person: <paramref name="Own"/> when it is theirs
/// (their user profile, their chat), otherwise a colleague's that holds a questionnaire about them.
/// </summary>
internal sealed record StoredState(string Key, bool Own, string Summary);
