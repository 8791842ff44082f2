namespace Leerwerk.Bot.Trajecten;

/// <summary>What the checklist's answers add up to, shown to the regisseur to confirm before it is saved.</summary>
internal sealed record TrajectProposal(
    string Name,
    string? Sector,
    string? Goal,
    DateOnly Start,
    IReadOnlyList<PhasePlan> Phases,
    IReadOnlyList<PartyPlan> Parties,
    IReadOnlyList<CommitmentPlan> Commitments,
    IReadOnlyList<Gap> Gaps,
    int Participants,
    Leerwerk.Dialogs.Engine.DialogOutcome Outcome);
