namespace Obligations.Runtime.Json;

/// <summary>
/// The JSON path of the value a forward-only reader is at (<c>$.facts.order.items[2]</c>), and the names seen
/// in each open object so a duplicate can be named where it occurs.
/// </summary>
internal sealed class JsonPathTracker
{
    private readonly Stack<Frame> _frames = new();

    public string Current => _frames.Count == 0 ? "$" : _frames.Peek().Path;

    public void Enter(bool array)
    {
        var parent = Current;
        _frames.Push(new Frame(parent, array));
    }

    public void Leave() => _frames.Pop();

    /// <summary>Moves to the member <paramref name="name"/>; false when the object already had it.</summary>
    public bool Name(string name)
    {
        var frame = _frames.Peek();
        frame.Path = JsonPaths.Child(frame.Container, name);
        return frame.Names!.Add(name);
    }

    /// <summary>A value ended: in an array the path moves on to the next index, in an object back to the object.</summary>
    public void ValueDone()
    {
        if (_frames.Count == 0) return;
        var frame = _frames.Peek();
        if (!frame.IsArray)
        {
            frame.Path = frame.Container;
            return;
        }
        frame.Index++;
        frame.Path = $"{frame.Container}[{frame.Index}]";
    }

    private sealed class Frame
    {
        public Frame(string container, bool array)
        {
            Container = container;
            IsArray = array;
            Names = array ? null : new HashSet<string>(StringComparer.Ordinal);
            Path = array ? $"{container}[0]" : container;
        }

        public string Container { get; }
        public bool IsArray { get; }
        public HashSet<string>? Names { get; }
        public int Index { get; set; }
        public string Path { get; set; }
    }
}
