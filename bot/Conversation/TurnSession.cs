using Microsoft.Bot.Builder;

namespace Leerwerk.Bot.Conversation;

/// <summary>The state one turn works on, loaded through the Bot Framework state accessors.</summary>
internal sealed record TurnSession(ConversationData Conversation, UserProfile User)
{
    public static async Task<TurnSession> LoadAsync(ITurnContext turnContext, ConversationState conversationState, UserState userState, CancellationToken cancellationToken) =>
        new(await TrackedAsync<ConversationData>(conversationState, turnContext, cancellationToken),
            await TrackedAsync<UserProfile>(userState, turnContext, cancellationToken));

    /// <summary>
    /// Our storage keeps no type names in JSON, so the accessor hands out a fresh object mapped from
    /// it; putting that object back into the state makes this turn's changes to it the ones saved.
    /// </summary>
    public static async Task<T> TrackedAsync<T>(BotState state, ITurnContext turnContext, CancellationToken cancellationToken)
        where T : class, new()
    {
        var accessor = state.CreateProperty<T>(typeof(T).Name);
        var value = await accessor.GetAsync(turnContext, () => new T(), cancellationToken);
        await accessor.SetAsync(turnContext, value, cancellationToken);
        return value;
    }
}
