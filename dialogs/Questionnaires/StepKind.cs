namespace Leerwerk.Dialogs.Questionnaires;

public enum StepKind
{
    Text,
    Choice,
    Multi,
    YesNo,
    Number,
    Money,
    Months,
    Date,
    Info,
}
