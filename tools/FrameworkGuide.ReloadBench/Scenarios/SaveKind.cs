namespace FrameworkGuide.ReloadBench.Scenarios;

/// <summary>How an edit reaches the disk.</summary>
internal enum SaveKind
{
    /// <summary>Write a file in another folder, then move it over the guide (most editors, atomically).</summary>
    MoveOver,

    /// <summary>Truncate the guide's file and write it again where it is.</summary>
    InPlace,
}
