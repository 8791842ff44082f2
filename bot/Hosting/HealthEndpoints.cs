using Leerwerk.Store;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Bot.Hosting;

internal static class HealthEndpoints
{
    /// <summary>`GET /healthz`: 200 with what works, 503 when the database cannot be reached.</summary>
    public static WebApplication MapLeerwerkHealth(this WebApplication app)
    {
        app.MapGet("/healthz", async (IDbContextFactory<LeerwerkDb> dbFactory, IEnumerable<IHealthFact> facts, CancellationToken cancellationToken) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var database = await db.Database.CanConnectAsync(cancellationToken);
            var status = new Dictionary<string, object>
            {
                ["status"] = database ? "ok" : "degraded",
                ["database"] = database,
            };
            foreach (var fact in facts) status[fact.Name] = fact.Value;
            return Results.Json(status, statusCode: database ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }
}
