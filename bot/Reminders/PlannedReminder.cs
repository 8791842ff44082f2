namespace Leerwerk.Bot.Reminders;

internal sealed record PlannedReminder(string UserId, string ItemKey, string Text);
