namespace Leerwerk.Dialogs.Recognition;

/// <summary>Which reading of an ambiguous date to take: "maandag" is next Monday when planning, last Monday in a check-in.</summary>
internal enum DateDirection
{
    Future,
    Past,
}
