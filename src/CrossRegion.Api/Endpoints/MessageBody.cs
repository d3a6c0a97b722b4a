using CrossRegion.Application.Discussion.PostMessage;
using CrossRegion.Api.OpenApi;
namespace CrossRegion.Api.Endpoints;

[CommandRules(typeof(PostMessageCommand))]
public sealed record MessageBody(string? Text);
