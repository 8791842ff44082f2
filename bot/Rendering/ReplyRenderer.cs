using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Texts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace Leerwerk.Bot.Rendering;

/// <summary>
/// Engine replies as channel activities: in Teams and Web Chat a prompt with choices is an Adaptive
/// Card (v1.5, as JSON) plus suggested actions where the channel shows them; elsewhere a numbered
/// list. Answers from the reports carry Teams citations and the Teams feedback buttons.
/// </summary>
internal sealed class ReplyRenderer(TextCatalog texts)
{
    private static readonly string[] CardChannels = [Channels.Msteams, Channels.Webchat, Channels.Directline, Channels.Emulator];
    private static readonly string[] SuggestedActionChannels = [Channels.Webchat, Channels.Directline, Channels.Emulator, "test"];

    public IActivity Render(Reply reply, string channelId, string language)
    {
        // Arabic and Farsi cards read right to left (Adaptive Cards 1.5 `rtl`).
        var rightToLeft = texts.Files.TryGetValue(language, out var file) && file.RightToLeft;
        var activity = reply.Choices is { Count: > 0 } ? RenderChoices(reply, channelId, rightToLeft)
            : reply.AsCard && CardChannels.Contains(channelId) ? MessageFactory.Attachment(TextCard.Build(reply.Text, rightToLeft))
            : MessageFactory.Text(reply.Text);
        if (reply.Image is { } image) AddImage(activity, image, channelId);
        if (channelId == Channels.Msteams)
        {
            TeamsAnswer.Decorate(activity, reply);
        }
        else
        {
            if (reply.AiGenerated) activity.Text += "\n\n" + texts.Get("ai_generated", language);
            if (reply.AsksFeedback) activity.Text += "\n\n" + texts.Get("feedback_ask", language);
        }

        return activity;
    }

    /// <summary>Inline as a data URI: Teams and Web Chat show it in the message; the terminal says where it is.</summary>
    private static void AddImage(IMessageActivity activity, ReplyImage image, string channelId)
    {
        if (channelId == "console")
        {
            activity.Text += $"\n({image.AltText}: een afbeelding, te zien in Teams en Web Chat)";
            return;
        }

        activity.Attachments ??= [];
        activity.Attachments.Add(new Attachment("image/png", "data:image/png;base64," + Convert.ToBase64String(image.Png), name: image.AltText + ".png"));
    }

    private static IMessageActivity RenderChoices(Reply reply, string channelId, bool rightToLeft)
    {
        var choices = reply.Choices!;
        IMessageActivity activity;
        if (CardChannels.Contains(channelId))
        {
            activity = MessageFactory.Attachment(ChoiceCard.Build(reply, rightToLeft));
            // The card holds the question; a text beside it would show it twice.
            activity.Text = null;
        }
        else
        {
            activity = MessageFactory.Text(reply.Text + "\n" + string.Join("\n", choices.Select((c, i) => $"{i + 1}. {Label(c)}")));
        }

        if (SuggestedActionChannels.Contains(channelId) && !reply.MultiSelect)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = choices.Select(c => new CardAction(ActionTypes.ImBack, Label(c), value: c.Label)).ToList(),
            };
        }

        return activity;
    }

    private static string Label(ReplyChoice choice) => choice.Emoji is null ? choice.Label : $"{choice.Emoji} {choice.Label}";
}
