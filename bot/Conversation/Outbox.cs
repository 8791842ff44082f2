using Microsoft.Bot.Schema;

namespace Leerwerk.Bot.Conversation;

/// <summary>
/// Replies of one turn, sent only after the turn's state is saved: a turn that loses an ETag race is
/// run again on fresh state, and the user sees the replies of the run that was saved, once.
/// </summary>
internal sealed class Outbox
{
    private readonly List<IActivity> _activities = [];

    public IReadOnlyList<IActivity> Activities => _activities;

    public void Add(IActivity activity) => _activities.Add(activity);

    public void AddRange(IEnumerable<IActivity> activities) => _activities.AddRange(activities);
}
