package com.crmflow.platform.integrity;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An external engine command refused (400) or lost to a concurrent one (404, 409), with a Chinese message.
 *
 * <p>It is a JAX-RS {@link WebApplicationException} carrying its own JSON response ({@code type}, {@code message},
 * and {@code field} when one input is to blame — the shape of Camunda's own error bodies): Camunda's REST resources
 * wrap every {@code ProcessEngineException} into a 500 on many endpoints (start, complete, claim), but let other
 * exceptions pass, and Jersey answers a {@code WebApplicationException} with its response as is. That works the same
 * in {@code /engine-rest} and in the webapps' {@code /camunda/api/engine}, which are two separate JAX-RS
 * applications. Only commands marked external ({@link ExternalRequests}) throw it; Java callers get engine
 * exceptions.
 */
public class EngineRequestException extends WebApplicationException {

  private static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

  private final String field;

  public EngineRequestException(Response.Status status, String type, String field, String message, Throwable cause) {
    super(message, cause, response(status, type, field, message));
    this.field = field;
  }

  public static EngineRequestException badRequest(String field, String message) {
    return new EngineRequestException(Response.Status.BAD_REQUEST, "InvalidRequestException", field, message, null);
  }

  public static EngineRequestException conflict(String message, Throwable cause) {
    return new EngineRequestException(Response.Status.CONFLICT, "ConcurrentModificationException", null, message,
        cause);
  }

  public static EngineRequestException notFound(String message) {
    return new EngineRequestException(Response.Status.NOT_FOUND, "NotFoundException", null, message, null);
  }

  public String field() {
    return field;
  }

  private static Response response(Response.Status status, String type, String field, String message) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("type", type);
    body.put("message", message);
    if (field != null) {
      body.put("field", field);
    }
    return Response.status(status).type(JSON_UTF8).entity(body.toString()).build();
  }
}
