namespace Leerwerk.Store.Trajecten;

public enum CommitmentStatus
{
    Open,
    Bezig,
    Gedaan,
    Uitgesteld,
    Vervallen,
}
