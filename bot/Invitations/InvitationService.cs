using System.Collections.Concurrent;
using System.Security.Cryptography;
using Leerwerk.Store;
using Leerwerk.Store.Intakes;
using Leerwerk.Store.Invitations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Leerwerk.Bot.Invitations;

/// <summary>Creates invitation links and redeems their codes: once, within seven days, and not by guessing.</summary>
internal sealed class InvitationService(IDbContextFactory<LeerwerkDb> dbFactory, IOptions<InvitationOptions> options, TimeProvider time)
{
    // 32 letters and digits without look-alikes (0/O, 1/I/L): a code survives being read out or typed.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private readonly ConcurrentDictionary<string, ConcurrentQueue<DateTimeOffset>> _failures = new();

    public async Task<(Invitation Invitation, string Link)> CreateAsync(string participantName, string klantmanagerId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var intakes = await db.Intakes.Where(i => i.KlantmanagerId == klantmanagerId).ToListAsync(cancellationToken);
        var intake = intakes.FirstOrDefault(i => i.ParticipantName.Equals(participantName, StringComparison.OrdinalIgnoreCase));
        if (intake is null)
        {
            intake = new Store.Intakes.Intake { Id = Guid.NewGuid().ToString("N"), ParticipantName = participantName, KlantmanagerId = klantmanagerId, CreatedAt = now, UpdatedAt = now };
            db.Intakes.Add(intake);
        }

        var invitation = new Invitation { Code = NewCode(), IntakeId = intake.Id, CreatedBy = klantmanagerId, CreatedAt = now, ExpiresAt = now + options.Value.ValidFor };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        return (invitation, options.Value.PublicUrl.TrimEnd('/') + "/?code=" + invitation.Code);
    }

    public async Task<(RedeemResult Result, Invitation? Invitation)> RedeemAsync(string code, string userId, CancellationToken cancellationToken)
    {
        if (TooManyFailures(userId)) return (RedeemResult.TooManyAttempts, null);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var normalized = code.Trim().ToUpperInvariant();
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Code == normalized, cancellationToken);
        var now = time.GetUtcNow();
        var result = invitation switch
        {
            null => RedeemResult.Unknown,
            { UsedBy: { } by } when by == userId => RedeemResult.Ok, // the same person opening their link again
            { UsedAt: not null } => RedeemResult.AlreadyUsed,
            _ when invitation.ExpiresAt < now => RedeemResult.Expired,
            _ => RedeemResult.Ok,
        };
        if (result == RedeemResult.Unknown) Fail(userId);
        if (result != RedeemResult.Ok) return (result, null);
        if (invitation!.UsedAt is null)
        {
            invitation.UsedAt = now;
            invitation.UsedBy = userId;
            var intake = await db.Intakes.FirstAsync(i => i.Id == invitation.IntakeId, cancellationToken);
            intake.StatushouderId = userId;
            await db.SaveChangesAsync(cancellationToken);
        }

        return (RedeemResult.Ok, invitation);
    }

    private static string NewCode() => string.Create(10, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++) span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
    });

    private bool TooManyFailures(string userId)
    {
        if (!_failures.TryGetValue(userId, out var failures)) return false;
        var since = time.GetUtcNow() - options.Value.AttemptWindow;
        while (failures.TryPeek(out var oldest) && oldest < since) failures.TryDequeue(out _);
        return failures.Count >= options.Value.MaxFailedAttempts;
    }

    private void Fail(string userId) => _failures.GetOrAdd(userId, _ => new ConcurrentQueue<DateTimeOffset>()).Enqueue(time.GetUtcNow());
}
