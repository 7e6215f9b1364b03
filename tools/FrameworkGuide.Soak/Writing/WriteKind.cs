namespace FrameworkGuide.Soak.Writing;

/// <summary>What one writer operation does to the content folder.</summary>
internal enum WriteKind
{
    /// <summary>Rewrite a guide where it is: truncate, then write (a new version).</summary>
    InPlace,

    /// <summary>Write a new version to the staging folder, then move it over the guide (most editors' save).</summary>
    MoveOver,

    /// <summary>Add a new guide (volatile).</summary>
    Add,

    /// <summary>Rename a volatile guide's file, then save it with its old address in <c>aliases</c>.</summary>
    Rename,

    /// <summary>Delete a volatile guide's file.</summary>
    Delete,

    /// <summary>Write a deleted volatile guide back, at its last address, as a new version.</summary>
    ReAdd,

    /// <summary>Save a version with an error in it (see <c>BreakKind</c>): the site must keep the last good one.</summary>
    Broken,
}
