using System.Runtime.CompilerServices;

namespace CrossRegion.UnitTests;

/// <summary>
/// The component tests render pages whose dispatcher needs a pool thread while other tests of the assembly run in
/// parallel; on a machine with two cores the pool grows too slowly for that and a render can wait past its timeout.
/// </summary>
internal static class ThreadPoolSetup
{
    [ModuleInitializer]
    internal static void RaiseMinThreads()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), Math.Max(io, 16));
    }
}
