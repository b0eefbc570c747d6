namespace Obligations.Cli.Batch;

/// <summary>Writes evaluated chunks in input order. <see cref="Render"/> runs on the workers, <see cref="Write"/> on one thread.</summary>
public interface IBatchWriter : IDisposable
{
    void Render(BatchChunk chunk);

    void Write(BatchChunk chunk);

    void Complete();
}
