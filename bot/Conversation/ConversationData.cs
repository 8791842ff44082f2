using Leerwerk.Bot.Knowledge;
using Leerwerk.Bot.Trajecten;
using Leerwerk.Dialogs.Engine;

namespace Leerwerk.Bot.Conversation;

/// <summary>What the bot keeps per conversation, saved after every turn.</summary>
internal sealed class ConversationData
{
    public int Turns { get; set; }

    /// <summary>The last activity ids handled: Teams delivers an activity again when a reply took over 15 s.</summary>
    public List<string> RecentActivityIds { get; set; } = [];

    public bool Welcomed { get; set; }

    /// <summary>The questionnaire in progress here, with every answer given so far.</summary>
    public DialogState? Dialog { get; set; }

    /// <summary>The last answer from the reports, which `nuttig` / `niet nuttig` rates.</summary>
    public LastAnswer? LastAnswer { get; set; }

    /// <summary>A finished checklist waiting for the regisseur's "ja" before its commitments are saved.</summary>
    public TrajectProposal? PendingTraject { get; set; }
}
