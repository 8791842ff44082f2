using Microsoft.Bot.Builder;

namespace Leerwerk.Bot.Conversation;

/// <summary>The state one turn works on, loaded through the Bot Framework state accessors.</summary>
internal sealed record TurnSession(ConversationData Conversation, UserProfile User)
{
    public static async Task<TurnSession> LoadAsync(ITurnContext turnContext, ConversationState conversationState, UserState userState, CancellationToken cancellationToken)
    {
        var conversation = await conversationState.CreateProperty<ConversationData>(nameof(ConversationData))
            .GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        var user = await userState.CreateProperty<UserProfile>(nameof(UserProfile))
            .GetAsync(turnContext, () => new UserProfile(), cancellationToken);
        return new TurnSession(conversation, user);
    }
}
