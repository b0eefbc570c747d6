using System.Text.Json;
using Obligations.LanguageServer.Tests.Infrastructure;

namespace Obligations.LanguageServer.Tests.Features;

/// <summary>
/// The base protocol under hostile clients: bad frames and bodies are answered or skipped without losing the
/// stream's place, the lifecycle's error codes are LSP's, and the end of the input ends the server.
/// </summary>
public sealed class TransportConformanceTests
{
    private static int ErrorCode(JsonElement response) => response.GetProperty("error").GetProperty("code").GetInt32();

    private static async Task<RawLspClient> InitializedAsync()
    {
        var client = new RawLspClient();
        await client.InitializeAsync();
        Assert.True((await client.ResponseAsync(1)).TryGetProperty("result", out _));
        await client.SendAsync("""{"jsonrpc":"2.0","method":"initialized","params":{}}""");
        return client;
    }

    [Theory]
    [InlineData("Content-Lenght: 20\r\n\r\n{\"jsonrpc\":\"2.0\"}xx")]
    [InlineData("Content-Length: twenty\r\n\r\n{\"id\":5}")]
    [InlineData("Content-Length: -3\r\n\r\n")]
    [InlineData("garbage without any header at all")]
    [InlineData("\r\n\r\n")]
    [InlineData("Content-Type: application/vscode-jsonrpc\r\n\r\n{}")]
    public async Task A_malformed_header_is_skipped_and_the_next_frame_is_read(string frame)
    {
        using var client = await InitializedAsync();
        await client.SendRawAsync(frame);
        await client.RequestAsync(2, "workspace/symbol", """{"query":"x"}""");
        var response = await client.ResponseAsync(2);
        Assert.Equal(JsonValueKind.Array, response.GetProperty("result").ValueKind);
        Assert.False(client.Run.IsCompleted);
    }

    [Fact]
    public async Task A_header_split_across_writes_is_read()
    {
        using var client = await InitializedAsync();
        const string body = """{"jsonrpc":"2.0","id":2,"method":"workspace/symbol","params":{"query":"x"}}""";
        await client.SendRawAsync("Content-Len");
        await client.SendRawAsync($"gth: {body.Length}\r");
        await client.SendRawAsync("\n\r\n" + body[..10]);
        await client.SendRawAsync(body[10..]);
        Assert.Equal(JsonValueKind.Array, (await client.ResponseAsync(2)).GetProperty("result").ValueKind);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_answered_with_parse_error_when_its_id_can_be_read()
    {
        using var client = await InitializedAsync();
        await client.SendAsync("""{"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":""");
        Assert.Equal(-32700, ErrorCode(await client.ResponseAsync(3)));
        await client.RequestAsync(4, "workspace/symbol", """{"query":"x"}""");
        Assert.True((await client.ResponseAsync(4)).TryGetProperty("result", out _));
    }

    [Fact]
    public async Task Json_that_is_not_a_json_rpc_message_is_answered_with_invalid_request()
    {
        using var client = await InitializedAsync();
        await client.SendAsync("""{"id":6,"nothing":"here"}""");
        Assert.Equal(-32600, ErrorCode(await client.ResponseAsync(6)));
    }

    [Fact]
    public async Task Parameters_of_the_wrong_shape_are_invalid_params()
    {
        using var client = await InitializedAsync();
        await client.RequestAsync(7, "textDocument/hover", """{"textDocument":5,"position":"x"}""");
        Assert.Equal(-32602, ErrorCode(await client.ResponseAsync(7)));
        // JSON-RPC: params that are neither an object nor an array make the request itself invalid.
        await client.RequestAsync(10, "textDocument/hover", "42");
        Assert.Equal(-32600, ErrorCode(await client.ResponseAsync(10)));
        await client.RequestAsync(8, "workspace/symbol", """{"query":"x"}""");
        Assert.True((await client.ResponseAsync(8)).TryGetProperty("result", out _));
    }

    [Fact]
    public async Task A_request_before_initialize_is_server_not_initialized()
    {
        using var client = new RawLspClient();
        await client.RequestAsync(1, "workspace/symbol", """{"query":"x"}""");
        Assert.Equal(-32002, ErrorCode(await client.ResponseAsync(1)));
        await client.InitializeAsync(2);
        Assert.True((await client.ResponseAsync(2)).TryGetProperty("result", out _));
    }

    [Fact]
    public async Task The_end_of_the_input_without_shutdown_ends_the_server_with_code_1()
    {
        using var client = await InitializedAsync();
        client.CloseInput();
        Assert.Equal(1, await client.Run.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task The_end_of_the_input_after_shutdown_ends_the_server_with_code_0()
    {
        using var client = await InitializedAsync();
        await client.RequestAsync(9, "shutdown", "null");
        await client.ResponseAsync(9);
        client.CloseInput();
        Assert.Equal(0, await client.Run.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task The_end_of_the_input_in_the_middle_of_a_frame_ends_the_server()
    {
        using var client = await InitializedAsync();
        await client.SendRawAsync("Content-Length: 100\r\n\r\n{\"jsonrpc\"");
        client.CloseInput();
        Assert.Equal(1, await client.Run.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
