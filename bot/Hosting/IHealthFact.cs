namespace Leerwerk.Bot.Hosting;

/// <summary>One line of `/healthz` that a feature adds about itself (for example lessons loaded).</summary>
internal interface IHealthFact
{
    string Name { get; }

    object Value { get; }
}
