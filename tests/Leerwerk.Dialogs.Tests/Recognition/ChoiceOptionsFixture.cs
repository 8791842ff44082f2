using Leerwerk.Dialogs.Recognition;

namespace Leerwerk.Dialogs.Tests.Recognition;

/// <summary>Options as the engine builds them: texts in every language, synonyms and the id.</summary>
internal static class ChoiceOptionsFixture
{
    public static readonly IReadOnlyList<ChoiceOption> Transport =
    [
        new("fiets", ["Fiets", "Bicycle", "دراجة", "rijwiel", "e-bike", "fiets"]),
        new("auto", ["Auto", "Car", "eigen auto", "auto"]),
        new("ov", ["OV", "Openbaar vervoer", "Public transport", "bus", "trein", "ov"]),
        new("lopen", ["Lopen", "Walking", "te voet", "lopen"]),
        new("geen", ["Geen vervoer", "None", "geen"]),
    ];

    public static readonly IReadOnlyList<ChoiceOption> Levels =
    [
        new("a0", ["A0 (geen Nederlands)", "a0"]),
        new("a1", ["A1", "a1"]),
        new("a2", ["A2", "a2"]),
        new("b1", ["B1 of hoger", "b1"]),
    ];

    public static readonly IReadOnlyList<ChoiceOption> Care =
    [
        new("kinderopvang", ["Kinderen en opvang", "Childcare"]),
        new("mantelzorg", ["Mantelzorg", "Caring for a relative"]),
        new("financien", ["Financiën", "Money"]),
        new("fietsles", ["Fietsles", "Cycling lessons"]),
    ];
}
