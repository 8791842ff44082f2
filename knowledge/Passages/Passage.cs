namespace Leerwerk.Knowledge.Passages;

/// <summary>
/// A piece of text that is not a lesson, e.g. a page of a report a user imports; it is searched and cited
/// like a lesson. <see cref="SourceId"/> groups the passages of one import so they can be removed together.
/// </summary>
public sealed record Passage(string Id, string SourceId, string Title, string SourceTitle, string Section, string Text);
