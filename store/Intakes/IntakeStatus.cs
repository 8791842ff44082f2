namespace Leerwerk.Store.Intakes;

public enum IntakeStatus
{
    Concept,
    Definitief,
}
