namespace FrameworkGuide.Content.Model;

/// <param name="Name">The tag as the editor wrote it.</param>
/// <param name="Slug">Its URL form: lower case, spaces as dashes.</param>
public sealed record Tag(string Name, string Slug);
