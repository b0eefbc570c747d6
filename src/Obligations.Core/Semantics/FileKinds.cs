using System.Runtime.InteropServices;

namespace Obligations.Semantics;

/// <summary>
/// What a path is, as the operating system sees it: a regular file (only those are read, because opening a FIFO
/// or a device named <c>x.obl</c> would block or never end) and an identity (device and inode) that is the same
/// through every symbolic link, so a folder reached twice through a link loop is searched once.
/// .NET has no public API for either on Unix, so this asks the runtime's own native library, as File.* does.
/// </summary>
public static partial class FileKinds
{
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int Directory = 0x4000;

    /// <summary>True when <paramref name="path"/> (after links) is a regular file; false for FIFOs, sockets, devices, folders.</summary>
    public static bool IsRegularFile(string path)
    {
        if (!OperatingSystem.IsWindows() && Stat(path) is { } status) return (status.Mode & TypeMask) == RegularFile;
        return File.Exists(path) && !File.GetAttributes(path).HasFlag(FileAttributes.Device);
    }

    /// <summary>A key equal for every path to the same file or folder, links followed; the full path where unknown.</summary>
    public static string Identity(string path)
    {
        if (!OperatingSystem.IsWindows() && Stat(path) is { } status && (status.Mode & TypeMask) is RegularFile or Directory)
            return $"{status.Device}:{status.Inode}";
        return Path.GetFullPath(path);
    }

    private static (int Mode, long Device, long Inode)? Stat(string path)
    {
        try
        {
            // The runtime's FileStatus: Flags, Mode, Uid, Gid (4 bytes each), Size, 8 times, Dev, RDev, Ino (8 bytes each).
            var buffer = new byte[256];
            if (SystemNativeStat(path, buffer) != 0) return null;
            return (BitConverter.ToInt32(buffer, 4), BitConverter.ToInt64(buffer, 88), BitConverter.ToInt64(buffer, 104));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int SystemNativeStat(string path, [Out] byte[] output);
}
