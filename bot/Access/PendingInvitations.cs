using Leerwerk.Store;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Bot.Access;

/// <summary>
/// Whether any grant or traject membership still waits for a person by e-mail or name. Almost always
/// no; asked on every turn, so the answer is kept a few seconds, and forgotten at once when this
/// instance adds or binds one (another instance's new invitation counts within those seconds).
/// </summary>
internal sealed class PendingInvitations(TimeProvider time)
{
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(5);
    private volatile Known? _known;

    public async Task<bool> AnyAsync(LeerwerkDb db, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_known is { } known && now - known.At < Fresh) return known.Any;
        var any = await db.AccessGrants.AnyAsync(g => g.Invitee != null, cancellationToken) || await db.TrajectMembers.AnyAsync(m => m.Invitee != null, cancellationToken);
        _known = new Known(any, now);
        return any;
    }

    public void Changed() => _known = null;

    private sealed record Known(bool Any, DateTimeOffset At);
}
