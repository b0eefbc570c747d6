using System.Net;
using System.Text;
using System.Text.Json;
using Obligations.Cli.Evaluation;
using Obligations.Service;

namespace Obligations.Cli.Tests;

/// <summary>
/// The evaluation service behind <c>oblc serve</c>, started on 127.0.0.1 with an ephemeral port: good and bad
/// requests get the statuses the case expects or a 400/413 naming the JSON path, never a stack trace; then it stops.
/// </summary>
public sealed class ServeTests
{
    private static readonly string s_rules = Path.Combine(CliRunner.Root, "examples", "data-breach");
    private static readonly string s_case = Path.Combine(s_rules, "cases", "authority-never-notified.json");

    [Fact]
    public async Task Serves_good_and_bad_requests_and_stops()
    {
        var host = EvaluatorLoader.Load([s_rules], TextWriter.Null, out var exitCode);
        Assert.True(host is not null, $"exit {exitCode}");
        var service = EvaluationService.Create(host, "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\"}",
            new ServiceOptions { Host = "127.0.0.1", Port = 0, MaxRequestBytes = 64 * 1024 });
        await service.StartAsync();
        var address = service.Address;
        Assert.Equal("127.0.0.1", address.Host);
        using var client = new HttpClient { BaseAddress = address };
        var caseJson = File.ReadAllText(s_case);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/ready")).StatusCode);
        Assert.Contains("\"notify_supervisory_authority\"", await client.GetStringAsync("/v1/rules"));
        Assert.Contains("draft/2020-12", await client.GetStringAsync("/v1/schema"));
        Assert.Contains("/v1/evaluate/batch", await client.GetStringAsync("/openapi/v1.json"));

        var good = await Post(client, "/v1/evaluate", caseJson);
        Assert.Equal(HttpStatusCode.OK, good.Status);
        using (var expected = JsonDocument.Parse(caseJson))
            foreach (var rule in expected.RootElement.GetProperty("expect").GetProperty("rules").EnumerateObject())
                Assert.Equal(rule.Value.GetString(), good.Json.GetProperty("rules").GetProperty(rule.Name).GetProperty("status").GetString());
        Assert.Equal("2024-06-06T10:00:00Z", good.Json.GetProperty("rules").GetProperty("notify_supervisory_authority").GetProperty("deadline").GetString());

        var badFacts = await Post(client, "/v1/evaluate", caseJson.Replace("\"high_risk\"", "\"very_high\""));
        Assert.Equal(HttpStatusCode.BadRequest, badFacts.Status);
        Assert.Equal("$.facts.incident.risk", badFacts.Json.GetProperty("error").GetProperty("path").GetString());
        var badJson = await Post(client, "/v1/evaluate", "{\"facts\": ");
        Assert.Equal(HttpStatusCode.BadRequest, badJson.Status);
        Assert.Equal("$", badJson.Json.GetProperty("error").GetProperty("path").GetString());
        var badNow = await Post(client, "/v1/evaluate?now=yesterday", caseJson);
        Assert.Equal(HttpStatusCode.BadRequest, badNow.Status);
        var tooLarge = await client.PostAsync("/v1/evaluate", new StringContent(new string(' ', 100 * 1024) + caseJson, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.DoesNotContain("   at ", await tooLarge.Content.ReadAsStringAsync());

        var batch = await Post(client, "/v1/evaluate/batch?now=2024-06-04T00:00:00Z", $"[{caseJson}, {caseJson.Replace("\"documented\": true", "\"documented\": \"yes\"")}]");
        Assert.Equal(HttpStatusCode.OK, batch.Status);
        var results = batch.Json.GetProperty("results");
        Assert.Equal("pending", results[0].GetProperty("rules").GetProperty("notify_supervisory_authority").GetProperty("status").GetString());
        Assert.Equal("$[1].facts.incident.documented", results[1].GetProperty("error").GetProperty("path").GetString());

        await service.StopAsync();
        await service.DisposeAsync();
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("/health"));
    }

    private static async Task<(HttpStatusCode Status, JsonElement Json)> Post(HttpClient client, string path, string body)
    {
        var response = await client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }
}
