namespace Leerwerk.Bot.WebChat;

/// <summary>What the page needs to connect: the token, where Direct Line is, and whether it has web sockets.</summary>
internal sealed record WebChatToken(string Token, string ConversationId, string UserId, string Domain, bool WebSocket, int ExpiresIn);
