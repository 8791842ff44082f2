using Leerwerk.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddLeerwerkConfiguration(args);

builder.Services.AddLeerwerkStorage();
builder.Services.AddLeerwerkPrivacy();
builder.Services.AddLeerwerkAccess();
builder.Services.AddLeerwerkDialogs();
builder.Services.AddLeerwerkKnowledge();
builder.Services.AddLeerwerkIntake();
builder.Services.AddLeerwerkTrajecten();
builder.Services.AddLeerwerkCheckIns();
builder.Services.AddLeerwerkInvitations();
builder.Services.AddLeerwerkPrivacyRights();
builder.Services.AddLeerwerkLanguage();
builder.Services.AddLeerwerkTeams();
builder.Services.AddLeerwerkBot();
builder.Services.AddLeerwerkWebChat();
builder.Services.AddLeerwerkCommandLine();

var app = builder.Build();

app.MapLeerwerkBot();
app.MapLeerwerkHealth();
app.MapLeerwerkWebChat();

return await app.RunLeerwerkAsync(args);

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
