namespace Leerwerk.Bot.Access;

/// <summary>
/// One thing a user can ask the bot to do, and who may: roles, or also party members of a traject.
/// The action name is what the audit log writes.
/// </summary>
internal sealed record Permission(string Action, IReadOnlyList<string> Roles, bool Members = false);
