namespace Leerwerk.Store.Trajecten;

/// <summary>A party in a traject by its role (werkgever, opleider, ...), with who it is and what is expected of it.</summary>
public sealed class TrajectParty
{
    public long Id { get; set; }

    public required string TrajectId { get; set; }

    public required string Role { get; set; }

    public string? Name { get; set; }

    public string? Expectation { get; set; }

    public decimal? ExpectedCost { get; set; }
}
