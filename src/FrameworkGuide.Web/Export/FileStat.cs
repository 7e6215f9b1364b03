using System.Runtime.InteropServices;
using System.Text;

namespace FrameworkGuide.Web.Export;

/// <summary>
/// A file's size and last write time, as <see cref="FileInfo"/> reads them, for the update of an
/// export, which checks every file it wrote (612,000 at 10,000 guides). On Linux it is one
/// <c>statx</c> call on a path built on the stack: a <see cref="FileInfo"/> and its path strings
/// for each file were about 40 % of what the check of an update allocated (190 of 450 MB at 10,000
/// guides). Elsewhere, or where <c>statx</c> is missing, it is <see cref="FileInfo"/>.
/// </summary>
internal static partial class FileStat
{
    /// <summary>Longer paths than this (in UTF-8 bytes) are read with <see cref="FileInfo"/>.</summary>
    private const int MaxStackPath = 1024;

    private const int AtFdCwd = -100;
    private const uint StatxSize = 0x200;
    private const uint StatxMtime = 0x40;
    private const uint StatxType = 0x1;
    private const ushort TypeMask = 0xF000;
    private const ushort RegularFile = 0x8000;

    private static bool statxWorks = OperatingSystem.IsLinux();

    /// <summary>The size and write time (UTC ticks) of the regular file <paramref name="relative"/> under <paramref name="root"/>; false when there is none.</summary>
    public static bool TryRead(string root, string relative, out long length, out long writeTicks)
    {
        if (statxWorks && Encoding.UTF8.GetMaxByteCount(root.Length + relative.Length + 1) < MaxStackPath)
        {
            try
            {
                return TryStatx(root, relative, out length, out writeTicks);
            }
            catch (EntryPointNotFoundException)
            {
                statxWorks = false;
            }
            catch (DllNotFoundException)
            {
                statxWorks = false;
            }
        }

        var info = new FileInfo(Path.Combine(root, relative));
        var exists = info.Exists;
        length = exists ? info.Length : 0;
        writeTicks = exists ? info.LastWriteTimeUtc.Ticks : 0;
        return exists;
    }

    private static bool TryStatx(string root, string relative, out long length, out long writeTicks)
    {
        Span<byte> path = stackalloc byte[MaxStackPath];
        var written = Encoding.UTF8.GetBytes(root, path);
        path[written++] = (byte)'/';
        written += Encoding.UTF8.GetBytes(relative, path[written..]);
        path[written] = 0;
        if (Statx(AtFdCwd, ref MemoryMarshal.GetReference(path), 0, StatxType | StatxSize | StatxMtime, out var stat) != 0
            || (stat.Mode & TypeMask) != RegularFile)
        {
            length = writeTicks = 0;
            return false;
        }

        length = (long)stat.Size;
        writeTicks = DateTime.UnixEpoch.Ticks + (stat.MtimeSeconds * TimeSpan.TicksPerSecond) + (stat.MtimeNanoseconds / TimeSpan.NanosecondsPerTick);
        return true;
    }

    [LibraryImport("libc", EntryPoint = "statx")]
    private static partial int Statx(int directory, ref byte path, int flags, uint mask, out StatxBuffer buffer);

    /// <summary>The fields of Linux's <c>struct statx</c> read here, at their offsets (the same on every architecture).</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(40)]
        public ulong Size;

        [FieldOffset(112)]
        public long MtimeSeconds;

        [FieldOffset(120)]
        public uint MtimeNanoseconds;
    }
}
