namespace Leerwerk.Bot.Invitations;

internal enum RedeemResult
{
    Ok,
    Unknown,
    AlreadyUsed,
    Expired,
    TooManyAttempts,
}
